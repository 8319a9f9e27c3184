-- wrk script: GET a different post on every request, cycling through the paths in $SLUG_FILE
-- (one '/api/posts/{slug}' a line, fetched from the API by run-bench.sh). Each thread starts at its own offset.
-- The summary line is tools/run-load.lua's, loaded from $RUN_LOAD_LUA, so every row prints the same figures.
dofile(os.getenv("RUN_LOAD_LUA"))

local paths = {}
for line in io.lines(os.getenv("SLUG_FILE")) do
  if #line > 0 then paths[#paths + 1] = line end
end
assert(#paths > 0, "wrk-slugs.lua: no paths in " .. tostring(os.getenv("SLUG_FILE")))

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("offset", (threads - 1) * math.floor(#paths / 2))
end

local i = 0
function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

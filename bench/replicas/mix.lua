-- wrk script for run.sh: GET the paths in $PATHS_FILE (one a line) in turn, each thread from its own offset, and count
-- the answers by status. done() prints one line run.sh reads:
--   mix: requests=N 2xx=N 304=N 4xx=N 5xx=N socket_errors=N (connect=N read=N write=N timeout=N)
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  if #line > 0 then paths[#paths + 1] = line end
end
assert(#paths > 0, "mix.lua: no paths in " .. tostring(os.getenv("PATHS_FILE")))

local threads = {}
function setup(thread)
  thread:set("offset", #threads * 7)
  threads[#threads + 1] = thread
end

-- Globals, so that done() can read them from each thread with thread:get.
i, ok, not_modified, client, server = 0, 0, 0, 0, 0
function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function response(status, headers, body)
  if status == 304 then not_modified = not_modified + 1
  elseif status < 400 then ok = ok + 1
  elseif status < 500 then client = client + 1
  else server = server + 1 end
end

function done(summary, latency, requests)
  local totals = { ok = 0, not_modified = 0, client = 0, server = 0 }
  for _, thread in ipairs(threads) do
    for key in pairs(totals) do totals[key] = totals[key] + thread:get(key) end
  end
  local e = summary.errors
  io.write(string.format("mix: requests=%d 2xx=%d 304=%d 4xx=%d 5xx=%d socket_errors=%d (connect=%d read=%d write=%d timeout=%d) p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, totals.ok, totals.not_modified, totals.client, totals.server,
    e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

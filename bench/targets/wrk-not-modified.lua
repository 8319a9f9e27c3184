-- wrk script: a conditional GET whose If-None-Match is the ETag that a first request got ($ETAG, taken by
-- run-bench.sh with curl), so every answer is a 304 without a body. The summary line is tools/run-load.lua's.
dofile(os.getenv("RUN_LOAD_LUA"))

local etag = os.getenv("ETAG")
assert(etag and #etag > 0, "wrk-not-modified.lua: ETAG is not set")
wrk.headers["If-None-Match"] = etag

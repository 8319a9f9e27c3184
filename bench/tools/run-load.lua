-- The one line every wrk run of the benchmarks ends with. run-load.sh hands wrk this file, and a wrk script of its
-- own (wrk-slugs.lua, ...) loads it first with dofile(os.getenv("RUN_LOAD_LUA")), so every row reports the same figures.
--   rps p50_ms p90_ms p99_ms max_ms requests bytes_per_req secs errors non2xx3xx
-- errors counts failed sockets (connect, read, write, timeout); non2xx3xx counts answers with another status.

local function milliseconds(microseconds)
  return string.format("%.3f", microseconds / 1000)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local count = summary.requests
  local figures = {
    "rps=" .. string.format("%.0f", count / seconds),
    "p50_ms=" .. milliseconds(latency:percentile(50)),
    "p90_ms=" .. milliseconds(latency:percentile(90)),
    "p99_ms=" .. milliseconds(latency:percentile(99)),
    "max_ms=" .. milliseconds(latency.max),
    "requests=" .. count,
    "bytes_per_req=" .. string.format("%.0f", count > 0 and summary.bytes / count or 0),
    "secs=" .. string.format("%.1f", seconds),
    "errors=" .. failed,
    "non2xx3xx=" .. summary.errors.status,
  }
  io.write(table.concat(figures, " "), "\n")
end

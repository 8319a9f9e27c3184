-- wrk script for load-during-edits.sh: cycles through a mix of JournalApi routes and checks every answer.
--
-- Environment: SLUG_FILE (one '/api/posts/{slug}' a line: entries the editor never touches, so 404 is a failure),
-- VOLATILE_SLUG_FILE (entries the editor may rename or delete: 404 is legitimate there, counted apart),
-- WITH_Q=1 to add full-text search routes (only when the API built accepts 'q').
--
-- Run it with as many connections as threads (-t N -c N): wrk's response() is not told which request it answers,
-- and with one connection per thread the answer always belongs to that thread's last request().
--
-- Counted per route kind: requests, answers that are not 200/304 ('bad'; a 404 on a volatile slug is counted as
-- 'gone' instead, a 404 on an untouched slug is also counted as 'lost'), list pages whose figures disagree
-- ('inconsistent': items on the page against totalItems, page and pageSize; totalPages against
-- ceil(totalItems / pageSize); X-Total-Count against totalItems; page and pageSize against the request; a body
-- that is not a page at all), answers without X-Content-Version, and answers whose body names another version
-- than their X-Content-Version header (/api/changes and /health/ready carry it in the body). done() prints one
-- 'edits-load:' line of totals, one 'kind:' line per route kind and up to 10 examples of failures.

-- ---- the routes: add a line to add a route ----------------------------------------------------------------------
-- kind: how the answer is checked ('list' pages are checked for consistency, 'slug'/'volatile' take the path from
-- the slug files); path: the request, where {page} is replaced by the next page number of PAGES.
local ROUTES = {
  { kind = "list", path = "/api/posts?page={page}&pageSize=20" },
  { kind = "list", path = "/api/posts?tag=connection&page={page}" },
  { kind = "list", path = "/api/posts?emotion=grief&page={page}&pageSize=20" },
  { kind = "list", path = "/api/posts?tag=connection&emotion=grief&page={page}" },
  { kind = "list", path = "/api/posts?tag=connection,edited&tagMatch=any&page={page}&pageSize=7" },
  { kind = "list", path = "/api/posts?emotion=sadness&page={page}&pageSize=20" },
  { kind = "list", path = "/api/posts?emotion=joy,hope&emotionMatch=any&sort=title&page={page}&pageSize=20" },
  { kind = "list", path = "/api/posts?year=2021&page={page}&pageSize=20" },
  { kind = "list", path = "/api/posts?year=2021&month=3&sort=date&page={page}&pageSize=20" },
  { kind = "list", path = "/api/posts?from=2019-01-01&to=2022-12-31&sort=-title&page={page}&pageSize=100" },
  { kind = "list", path = "/api/posts?tag=edited&page={page}&pageSize=20" },
  { kind = "list", path = "/api/posts/on-this-day?date=03-08&page={page}&pageSize=5" },
  { kind = "slug" }, { kind = "slug" }, { kind = "slug" }, { kind = "slug" },
  { kind = "volatile" }, { kind = "volatile" },
  { kind = "tags", path = "/api/tags" },
  { kind = "emotions", path = "/api/emotions" },
  { kind = "emotions", path = "/api/emotions/grief" },
  { kind = "emotions", path = "/api/emotions/timeline?interval=year" },
  { kind = "archive", path = "/api/archive" },
  { kind = "changes", path = "/api/changes" },
  { kind = "diagnostics", path = "/api/diagnostics" },
  { kind = "health", path = "/health/ready" },
  { kind = "feed", path = "/feeds/feed.json?tag=edited" },
}
if os.getenv("WITH_Q") == "1" then
  ROUTES[#ROUTES + 1] = { kind = "list", path = "/api/posts?q=morning&page={page}&pageSize=20" }
  ROUTES[#ROUTES + 1] = { kind = "list", path = "/api/posts?q=kitchen%20table&tag=connection&page={page}" }
end
-- Pages before, at and past the last one of every filter (1,000 entries are 50 pages of 20, 10,000 are 500).
local PAGES = { 1, 2, 3, 1, 5, 8, 13, 1, 21, 34, 49, 50, 51, 55, 1, 2, 99, 100, 144, 250, 499, 500, 501, 1000 }
local KINDS = { "list", "slug", "volatile", "tags", "emotions", "archive", "changes", "diagnostics", "health", "feed" }
local COUNTERS = { "requests", "bad", "lost", "gone", "inconsistent", "noversion", "mismatch" }

local function lines(file)
  local paths = {}
  if file and file ~= "" then
    for line in io.lines(file) do
      if #line > 0 then paths[#paths + 1] = line end
    end
  end
  return paths
end

-- ---- setup and done run in the main state; the rest in each thread's own state ---------------------------------
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("offset", #threads)
end

local slugs, volatile, last, stats, examples

-- done() reads each thread's figures with thread:get, which sees only globals and (in wrk 4.1) crashes on nested
-- tables: so every counter is also kept as a global number named KIND_COUNTER, and the examples as one string.
local function export(kind, counter)
  _G[kind .. "_" .. counter] = stats[kind][counter]
end

function init(args)
  slugs = lines(os.getenv("SLUG_FILE"))
  volatile = lines(os.getenv("VOLATILE_SLUG_FILE"))
  assert(#slugs > 0, "wrk-during-edits.lua: no paths in SLUG_FILE=" .. tostring(os.getenv("SLUG_FILE")))
  if #volatile == 0 then volatile = slugs end
  stats = {}
  for _, kind in ipairs(KINDS) do
    stats[kind] = {}
    for _, counter in ipairs(COUNTERS) do
      stats[kind][counter] = 0
      export(kind, counter)
    end
  end
  examples = {}
  example_lines = ""
end

local i, p, s, v = 0, 0, 0, 0
function request()
  i = i + 1
  local route = ROUTES[((i + (offset or 0) * 7) % #ROUTES) + 1]
  local path
  if route.kind == "slug" then
    s = s + 1
    path = slugs[((s + (offset or 0) * 101) % #slugs) + 1]
  elseif route.kind == "volatile" then
    v = v + 1
    path = volatile[((v + (offset or 0) * 101) % #volatile) + 1]
  else
    path = route.path
    if path:find("{page}", 1, true) then
      p = p + 1
      path = path:gsub("{page}", tostring(PAGES[(p % #PAGES) + 1]))
    end
  end
  last = { kind = route.kind, path = path }
  return wrk.format("GET", path)
end

local function note(what, status, body)
  if #examples < 10 then
    examples[#examples + 1] = string.format("%s %d GET %s -> %s", what, status, last.path, (body or ""):sub(1, 300):gsub("%s+", " "))
    example_lines = table.concat(examples, "\n")
  end
end

local function count(body, needle)
  local n, from = 0, 1
  while true do
    local at = body:find(needle, from, true)
    if not at then return n end
    n, from = n + 1, at + #needle
  end
end

-- The figures of a page: the last run of the four (after the items; 'facets' may follow), so that nothing inside an
-- item can be mistaken for them.
local function check_page(status, headers, body)
  local page, size, total, pages
  for a, b, c, d in body:gmatch('"page":(%d+),"pageSize":(%d+),"totalItems":(%d+),"totalPages":(%d+)[,}]') do
    page, size, total, pages = a, b, c, d
  end
  if not page then return "not a page" end
  page, size, total, pages = tonumber(page), tonumber(size), tonumber(total), tonumber(pages)
  local asked_page = tonumber(last.path:match("[?&]page=(%d+)") or "1")
  local asked_size = tonumber(last.path:match("[?&]pageSize=(%d+)") or "20")
  if page ~= asked_page or size ~= asked_size then
    return string.format("page=%d pageSize=%d answered for page=%d pageSize=%d", page, size, asked_page, asked_size)
  end
  local items = count(body, '"url":"/api/posts/')
  local expected = math.max(0, math.min(size, total - (page - 1) * size))
  if items ~= expected then
    return string.format("items=%d but page=%d pageSize=%d totalItems=%d imply %d", items, page, size, total, expected)
  end
  if pages ~= math.ceil(total / size) then
    return string.format("totalPages=%d but ceil(%d/%d)=%d", pages, total, size, math.ceil(total / size))
  end
  local header = headers["X-Total-Count"] or headers["x-total-count"]
  if tonumber(header) ~= total then
    return string.format("X-Total-Count=%s but totalItems=%d", tostring(header), total)
  end
  return nil
end

local function check(kind, status, headers, body)
  local st = stats[kind]
  st.requests = st.requests + 1
  if kind == "volatile" and status == 404 then
    st.gone = st.gone + 1
  elseif status ~= 200 and status ~= 304 then
    st.bad = st.bad + 1
    if kind == "slug" and status == 404 then st.lost = st.lost + 1 end
    note("bad", status, body)
  end
  local version = headers["X-Content-Version"] or headers["x-content-version"]
  if not version then
    st.noversion = st.noversion + 1
    note("no X-Content-Version", status, body)
  end
  if status ~= 200 then return end
  if kind == "list" then
    local problem = check_page(status, headers, body)
    if problem then
      st.inconsistent = st.inconsistent + 1
      note("inconsistent (" .. problem .. ")", status, body)
    end
  elseif kind == "changes" or kind == "health" then
    local named = body:match('"version":"([^"]*)"')
    if version and named ~= version then
      st.mismatch = st.mismatch + 1
      note("X-Content-Version " .. version .. " but body version " .. tostring(named), status, body)
    end
  end
end

function response(status, headers, body)
  local kind = last and last.kind or "list"
  check(kind, status, headers, body)
  for _, counter in ipairs(COUNTERS) do export(kind, counter) end
end

function done(summary, latency, requests)
  local totals, per_kind, shown = {}, {}, {}
  for _, counter in ipairs(COUNTERS) do totals[counter] = 0 end
  for _, kind in ipairs(KINDS) do
    per_kind[kind] = {}
    for _, counter in ipairs(COUNTERS) do per_kind[kind][counter] = 0 end
  end
  for _, thread in ipairs(threads) do
    for _, kind in ipairs(KINDS) do
      for _, counter in ipairs(COUNTERS) do
        local n = thread:get(kind .. "_" .. counter) or 0
        per_kind[kind][counter] = per_kind[kind][counter] + n
        totals[counter] = totals[counter] + n
      end
    end
    for line in (thread:get("example_lines") or ""):gmatch("[^\n]+") do
      if #shown < 10 then shown[#shown + 1] = line end
    end
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "edits-load: requests=%d checked=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f bad=%d lost=%d inconsistent=%d gone=%d " ..
    "noversion=%d mismatch=%d connect=%d read=%d write=%d timeout=%d secs=%.1f\n",
    summary.requests, totals.requests, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, totals.bad, totals.lost, totals.inconsistent, totals.gone, totals.noversion, totals.mismatch,
    e.connect, e.read, e.write, e.timeout, secs))
  for _, kind in ipairs(KINDS) do
    local k = per_kind[kind]
    io.write(string.format("kind: %-12s requests=%d bad=%d lost=%d inconsistent=%d gone=%d noversion=%d mismatch=%d\n",
      kind, k.requests, k.bad, k.lost, k.inconsistent, k.gone, k.noversion, k.mismatch))
  end
  for _, line in ipairs(shown) do io.write("example: " .. line .. "\n") end
end

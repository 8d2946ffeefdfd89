-- wrk script: every invitation of the bench seminar accepts in person exactly once.
-- args: tokens-file thread-count. Thread n answers the tokens whose line number is n modulo thread-count;
-- when a thread has none left it stops. Acknowledged answers (302) are counted per thread.
local threads = {}
local counter = 0

function setup(thread)
    thread:set("tid", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    local n = tonumber(args[2])
    tokens = {}
    local i = 0
    for line in io.lines(args[1]) do
        if i % n == tid then
            tokens[#tokens + 1] = line
        end
        i = i + 1
    end
    -- wrk calls request() once on thread 0 to check the script before any connection opens: that call
    -- must not use up a token
    pos = (tid == 0) and -1 or 0
    acks = 0
    errors = 0
    sent = 0
end

function request()
    pos = pos + 1
    local token = tokens[math.max(pos, 1)]
    if pos < 1 then
        -- the check call above
    elseif token == nil then
        -- no tokens left: stop; the request below only fills the pipeline and repeats an answer already given
        wrk.thread:stop()
        token = tokens[#tokens]
    else
        sent = sent + 1
    end
    return wrk.format("POST", "/rsvp/" .. token,
        { ["Content-Type"] = "application/x-www-form-urlencoded" }, "choice=IN_PERSON")
end

function response(status, headers, body)
    if status == 302 then
        acks = acks + 1
    else
        errors = errors + 1
    end
end

function done(summary, latency, requests)
    local acks, errors = 0, 0
    for _, t in ipairs(threads) do
        acks = acks + t:get("acks")
        errors = errors + t:get("errors")
    end
    io.write(string.format("WRK acks=%d errors=%d p50_ms=%.2f p99_ms=%.2f\n", acks, errors,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

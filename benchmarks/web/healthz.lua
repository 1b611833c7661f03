-- wrk script: GET /healthz; prints a RESULT line.
wrk.method = "GET"
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

#!/usr/bin/env bash
# The core is pure: it includes nothing of the shell, SFML or spdlog, no file or stream headers,
# and reads no clock and no environment. Time and text come in; values and events go out.
# Usage: core-purity.sh SRC_CORE_DIR
set -uo pipefail
dir="${1:?usage: core-purity.sh SRC_CORE_DIR}"
status=0
check() { # pattern, what it means
    local hits
    hits=$(grep -nE "$1" "$dir"/*.hpp "$dir"/*.cpp)
    if [ -n "$hits" ]; then
        echo "core-purity: $2:" >&2
        echo "$hits" >&2
        status=1
    fi
}
check '#include *"app/' 'includes the shell'
check '#include *<SFML/' 'includes SFML'
check '#include *<spdlog/' 'includes spdlog'
check '#include *<(fstream|filesystem|iostream|unistd\.h|ctime|time\.h)>' 'includes file, stream or time I/O'
check '(steady_clock|system_clock|high_resolution_clock|file_clock|utc_clock)::now|[^_a-zA-Z]time\(|clock_gettime|gettimeofday' 'reads a clock'
check 'getenv|secure_getenv|environ\b' 'reads the environment'
check 'std::(cout|cerr|clog)|(^|[^a-z])printf\(|fprintf|fopen|fwrite|fputs|puts\(' 'prints or writes files (snprintf into a buffer is fine)'
[ $status -eq 0 ] && echo "core-purity: $(ls "$dir"/*.hpp "$dir"/*.cpp | wc -l) files, pure"
exit $status

# nf_set_warnings(target): the project's warnings, per target, so that third-party headers
# (included as SYSTEM by their imported targets) stay quiet. NERVEFLOSS_WERROR turns them into errors.
function(nf_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion -Wnon-virtual-dtor)
    # A unity build (scripts/sanitize.sh) compiles each .cpp as an included file, where GCC takes
    # a test fixture in an anonymous namespace for one a header would leak: not so here.
    if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-subobject-linkage)
    endif()
    if(NERVEFLOSS_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# nf_set_warnings(target): the project's warnings, per target, so that third-party headers
# (included as SYSTEM by their imported targets) stay quiet. NERVEFLOSS_WERROR turns them into errors.
function(nf_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion -Wnon-virtual-dtor)
    if(NERVEFLOSS_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

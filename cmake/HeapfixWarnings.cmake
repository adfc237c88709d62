# Warnings for every heapfix target: on everywhere, errors in CI (HEAPFIX_WERROR).
add_library(heapfix_warnings INTERFACE)
target_compile_options(heapfix_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(HEAPFIX_WERROR)
    target_compile_options(heapfix_warnings INTERFACE -Werror)
endif()
if(HEAPFIX_SANITIZE)
    target_compile_options(heapfix_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=all)
    target_link_options(heapfix_warnings INTERFACE -fsanitize=address,undefined)
endif()

# Cross-build for Windows with Debian's mingw-w64, posix thread model (std::mutex exists), static. Included by
# mingw-w64-x86_64.cmake and mingw-w64-i686.cmake, which set HEAPFIX_MINGW_ARCH first.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR ${HEAPFIX_MINGW_ARCH})
set(CMAKE_C_COMPILER ${HEAPFIX_MINGW_ARCH}-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER ${HEAPFIX_MINGW_ARCH}-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER ${HEAPFIX_MINGW_ARCH}-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/${HEAPFIX_MINGW_ARCH}-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -municode")
# -municode makes wmain the entry point, which CMake's own main()-based compiler checks do not have: check
# the compilers by compiling a static library instead of linking a program.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
# GCC 12 reports a false -Wrestrict inside libstdc++ for `"," + std::to_string(n)` at -O3 (GCC bug 105329),
# which -Werror would turn into a failed build of correct code.
set(CMAKE_CXX_FLAGS_INIT "-Wno-restrict")
# ctest runs the Windows test programs through Wine (tests/win32 sets the private prefix).
set(CMAKE_CROSSCOMPILING_EMULATOR wine)

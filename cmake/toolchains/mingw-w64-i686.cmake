# Cross-build for Windows (i686) with Debian's mingw-w64: the shared settings, for this architecture.
set(HEAPFIX_MINGW_ARCH i686)
include("${CMAKE_CURRENT_LIST_DIR}/mingw-w64-common.cmake")

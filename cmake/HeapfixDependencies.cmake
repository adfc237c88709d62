# Finds the libraries heapfix uses. Native builds take them from the system; the mingw cross-build
# (CMAKE_SYSTEM_NAME Windows) uses the header-only ones through include folders that hold only them,
# never /usr/include as a whole.

if(CMAKE_CROSSCOMPILING AND WIN32)
    set(_hf_xinc "${CMAKE_BINARY_DIR}/cross-include")
    foreach(_dir fmt CLI nlohmann)
        if(NOT EXISTS "${_hf_xinc}/${_dir}")
            file(MAKE_DIRECTORY "${_hf_xinc}")
            file(CREATE_LINK "/usr/include/${_dir}" "${_hf_xinc}/${_dir}" SYMBOLIC)
        endif()
    endforeach()
    add_library(heapfix_fmt INTERFACE)
    target_include_directories(heapfix_fmt SYSTEM INTERFACE "${_hf_xinc}")
    target_compile_definitions(heapfix_fmt INTERFACE FMT_HEADER_ONLY)
    add_library(heapfix_json INTERFACE)
    target_include_directories(heapfix_json SYSTEM INTERFACE "${_hf_xinc}")
    add_library(heapfix_cli11 INTERFACE)
    target_include_directories(heapfix_cli11 SYSTEM INTERFACE "${_hf_xinc}")
    set(HEAPFIX_BUILD_GUI OFF CACHE BOOL "" FORCE)
    # No hivex on Windows: offline hives are loaded into the registry with RegLoadKeyW (model/win32), and the
    # boot repair reads and edits them through the same registry-tree interface (core/RegistryTree.h).
    set(HEAPFIX_HAVE_HIVEX OFF)
    enable_language(C) # here, at the top, for every folder: googletest and the planted DLL of the packaging tests
else()
    find_package(fmt 9 REQUIRED)
    add_library(heapfix_fmt INTERFACE)
    target_link_libraries(heapfix_fmt INTERFACE fmt::fmt)
    find_package(nlohmann_json 3 REQUIRED)
    add_library(heapfix_json INTERFACE)
    target_link_libraries(heapfix_json INTERFACE nlohmann_json::nlohmann_json)
    find_package(CLI11 REQUIRED)
    add_library(heapfix_cli11 INTERFACE)
    target_link_libraries(heapfix_cli11 INTERFACE CLI11::CLI11)
    if(WIN32) # native Windows (windows-msvc preset): the live registry and RegLoadKeyW; no hivex
        set(HEAPFIX_HAVE_HIVEX OFF)
    else()
        find_package(PkgConfig REQUIRED)
        pkg_check_modules(HIVEX REQUIRED IMPORTED_TARGET hivex)
        add_library(heapfix_hivex INTERFACE)
        target_link_libraries(heapfix_hivex INTERFACE PkgConfig::HIVEX)
        set(HEAPFIX_HAVE_HIVEX ON)
        # Offline event logs (model/evidence): libevtx for .evtx, libevt for .Evt, both over a libbfio handle.
        # Linked statically where the static archives are installed (Debian's -dev packages have them): three
        # shared libraries more cost every start of heapfix and heapfix-cli about 1.3 ms of loading (bench/,
        # issue 12), for code that only runs when event logs are read.
        pkg_check_modules(LIBEVTX REQUIRED IMPORTED_TARGET libevtx libevt libbfio)
        find_package(Threads REQUIRED)
        add_library(heapfix_libevtx INTERFACE)
        set(_evtx_archives)
        foreach(_lib evtx evt bfio)
            find_library(HEAPFIX_LIB${_lib}_ARCHIVE NAMES lib${_lib}.a HINTS ${LIBEVTX_LIBRARY_DIRS})
            list(APPEND _evtx_archives ${HEAPFIX_LIB${_lib}_ARCHIVE})
        endforeach()
        if(HEAPFIX_LIBevtx_ARCHIVE AND HEAPFIX_LIBevt_ARCHIVE AND HEAPFIX_LIBbfio_ARCHIVE)
            target_include_directories(heapfix_libevtx INTERFACE ${LIBEVTX_INCLUDE_DIRS})
            target_link_libraries(heapfix_libevtx INTERFACE ${_evtx_archives} Threads::Threads)
        else()
            target_link_libraries(heapfix_libevtx INTERFACE PkgConfig::LIBEVTX)
        endif()
    endif()
endif()

if(HEAPFIX_BUILD_GUI OR HEAPFIX_BUILD_TESTS)
    if(NOT (CMAKE_CROSSCOMPILING AND WIN32))
        find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Test LinguistTools)
    endif()
endif()

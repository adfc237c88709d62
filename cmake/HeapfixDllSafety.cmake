# Build-time defences of the Windows programs against DLL planting (CWE-427); the run-time half is
# app/win32/DllSearch (restrictDllSearch, first thing in both mains). README.md "DLL planting" has the whole
# picture and what the tests check.
#
# - Every DLL a program imports at link time is resolved before main, by the loader's standard search, which
#   starts in the program's folder. Only KnownDLLs (always mapped from System32) may be imported that way;
#   these system DLLs are delay-loaded instead, so that they load after restrictDllSearch(), from System32,
#   and so do the DLLs they depend on. shell32 and ole32 are KnownDLLs, but under them the system loads
#   DLLs that are not (under Wine: user32 and then version.dll, found beside the program).
# - The mingw-w64 x86_64 heapfix-cli.exe carries DependentLoadFlags = LOAD_LIBRARY_SEARCH_SYSTEM32 (0x800).
# - MSVC: /DELAYLOAD for the same DLLs, and /DEPENDENTLOADFLAG:0xA00 (the program's folder, then System32):
#   not 0x800, because the MSVC programs import DLLs heapfix ships beside them (Qt, the MSVC runtime, vcpkg's
#   fmt), which 0x800 would stop from loading.
set(HEAPFIX_DELAY_LOADED_DLLS shell32 ole32 oleaut32 version userenv wevtapi)

if(MINGW)
    # GNU ld delay-loads through import libraries made with `dlltool -y`: one per DLL, from the exports of
    # mingw-w64's own import library. They go first among the standard libraries of every link, so they win
    # over -lshell32 -lole32 ... (a library a target names itself comes earlier and would still win: the
    # import-table test in tests/packaging/windows catches that).
    set(_hf_delay_dir "${CMAKE_BINARY_DIR}/delayload")
    file(MAKE_DIRECTORY "${_hf_delay_dir}")
    set(_hf_delay_libs "")
    foreach(_dll IN LISTS HEAPFIX_DELAY_LOADED_DLLS)
        find_library(HEAPFIX_IMPORT_LIB_${_dll} NAMES ${_dll} NO_CACHE REQUIRED)
        execute_process(COMMAND "${CMAKE_NM}" -g --defined-only "${HEAPFIX_IMPORT_LIB_${_dll}}"
                        OUTPUT_VARIABLE _symbols COMMAND_ERROR_IS_FATAL ANY)
        # "__imp_Name" (x86_64) or "__imp__Name@16" (i686): every function the import library offers.
        string(REGEX MATCHALL "__imp__?[A-Za-z0-9_@?$]+" _imports "${_symbols}")
        list(TRANSFORM _imports REPLACE "^__imp_" "")
        if(CMAKE_SIZEOF_VOID_P EQUAL 4)
            list(TRANSFORM _imports REPLACE "^_" "")
        endif()
        list(REMOVE_DUPLICATES _imports)
        list(JOIN _imports "\n  " _exports)
        file(WRITE "${_hf_delay_dir}/${_dll}.def" "LIBRARY ${_dll}.dll\nEXPORTS\n  ${_exports}\n")
        # (Run in the folder so that the symbols are called __DELAY_IMPORT_DESCRIPTOR_lib<dll>_delay_a.)
        execute_process(COMMAND "${CMAKE_DLLTOOL}" --kill-at -d ${_dll}.def -y lib${_dll}_delay.a
                        WORKING_DIRECTORY "${_hf_delay_dir}" COMMAND_ERROR_IS_FATAL ANY)
        string(APPEND _hf_delay_libs " -l${_dll}_delay")
    endforeach()
    foreach(_lang C CXX)
        set(CMAKE_${_lang}_STANDARD_LIBRARIES "-L${_hf_delay_dir}${_hf_delay_libs} ${CMAKE_${_lang}_STANDARD_LIBRARIES}")
    endforeach()
endif()

# heapfix_protect_dll_loading(<target>): the per-program part, called where each program is defined.
function(heapfix_protect_dll_loading target)
    target_link_libraries(${target} PRIVATE heapfix_dll_search)
    if(MSVC)
        list(TRANSFORM HEAPFIX_DELAY_LOADED_DLLS REPLACE "(.+)" "/DELAYLOAD:\\1.dll" OUTPUT_VARIABLE _delay)
        target_link_options(${target} PRIVATE ${_delay} /IGNORE:4199 /DEPENDENTLOADFLAG:0xA00)
        target_link_libraries(${target} PRIVATE delayimp)
    elseif(MINGW AND CMAKE_SIZEOF_VOID_P EQUAL 8)
        # The i686 build goes without: it cannot be run here, and a load configuration changes how 32-bit
        # Windows checks exception handlers (SafeSEH).
        target_sources(${target} PRIVATE "${PROJECT_SOURCE_DIR}/app/win32/LoadConfig.cpp")
        add_custom_command(TARGET ${target} POST_BUILD
            COMMAND bash "${PROJECT_SOURCE_DIR}/cmake/pe-load-config.sh" "$<TARGET_FILE:${target}>" "${CMAKE_NM}"
            VERBATIM)
    endif()
endfunction()

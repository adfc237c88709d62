# Windows resources for heapfix's programs: icon, version resource and application manifest
# (resources/windows/). Configured per program with the project version; compiled by windres through CMake's
# RC language (MinGW) or rc.exe (MSVC, whose linker embeds the manifest itself).

set(_hf_res "${PROJECT_SOURCE_DIR}/resources/windows")

# heapfix_add_windows_resources(<target> <description> <asInvoker|requireAdministrator>)
function(heapfix_add_windows_resources target description level)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/windows/${target}")
    set(HEAPFIX_RC_NAME "${target}")
    set(HEAPFIX_RC_DESCRIPTION "${description}")
    set(HEAPFIX_RC_EXECUTION_LEVEL "${level}")
    set(HEAPFIX_VERSION_4 "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
    set(HEAPFIX_RC_ICON "${_hf_res}/heapfix.ico")
    set(HEAPFIX_RC_MANIFEST "${out}/${target}.manifest")
    # The template's comments explain the choices; the embedded copy goes without them.
    file(READ "${_hf_res}/heapfix.manifest" manifest)
    string(REGEX REPLACE "<!--[^>]*-->" "" manifest "${manifest}")
    string(REGEX REPLACE "\n[ \n]*\n" "\n" manifest "${manifest}")
    file(CONFIGURE OUTPUT "${out}/${target}.manifest" CONTENT "${manifest}" @ONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_hf_res}/heapfix.manifest")
    configure_file("${_hf_res}/heapfix.rc" "${out}/${target}.rc" @ONLY)
    target_sources(${target} PRIVATE "${out}/${target}.rc")
    if(MSVC)
        target_sources(${target} PRIVATE "${out}/${target}.manifest")
    else()
        set_source_files_properties("${out}/${target}.rc" TARGET_DIRECTORY ${target}
                                    PROPERTIES COMPILE_DEFINITIONS HEAPFIX_EMBED_MANIFEST)
    endif()
endfunction()

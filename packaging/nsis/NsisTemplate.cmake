# The NSIS installer speaks English and Dutch only (heapfix's languages; NSIS picks the one matching Windows'
# display language). CPack's template offers some 60 languages and two English-only message boxes, so a copy
# of the template of the CMake in use is made with just those two languages and the messages translated;
# everything else in it stays CMake's own.
set(_hf_template "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
set(_hf_module_dir "${CMAKE_CURRENT_BINARY_DIR}/nsis-template")
file(READ "${_hf_template}" _hf_nsis)

string(REGEX REPLACE "\"@CPACK_NSIS_PACKAGE_NAME@ is already installed[^\"]*\"" "\"$(HF_ALREADY_INSTALLED)\""
       _hf_nsis "${_hf_nsis}")
string(REPLACE "\"Uninstall failed.\"" "\"$(HF_UNINSTALL_FAILED)\"" _hf_nsis "${_hf_nsis}")

string(REGEX REPLACE "[ \t]*!insertmacro MUI_LANGUAGE \"[A-Za-z]+\"[^\n]*\n" "" _hf_nsis "${_hf_nsis}")
file(READ "${CMAKE_CURRENT_LIST_DIR}/languages.nsh" _hf_languages)
string(REPLACE ";Languages\n" ";Languages\n${_hf_languages}" _hf_nsis "${_hf_nsis}")


foreach(_hf_expected "MUI_LANGUAGE \"Dutch\"" "$(HF_ALREADY_INSTALLED)" "$(HF_UNINSTALL_FAILED)")
    string(FIND "${_hf_nsis}" "${_hf_expected}" _hf_at)
    if(_hf_at EQUAL -1)
        message(FATAL_ERROR "${_hf_template} changed shape: could not put in ${_hf_expected}")
    endif()
endforeach()
file(WRITE "${_hf_module_dir}/NSIS.template.in" "${_hf_nsis}")
set(CPACK_MODULE_PATH "${_hf_module_dir}")

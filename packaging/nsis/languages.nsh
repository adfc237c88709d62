  ; heapfix: English (the default) and Dutch, chosen from Windows' display language.
  !insertmacro MUI_LANGUAGE "English"
  !insertmacro MUI_LANGUAGE "Dutch"
  LangString HF_ALREADY_INSTALLED ${LANG_ENGLISH} "@CPACK_NSIS_PACKAGE_NAME@ is already installed.$\n$\nRemove the installed version before installing this one?"
  LangString HF_ALREADY_INSTALLED ${LANG_DUTCH} "@CPACK_NSIS_PACKAGE_NAME@ is al geïnstalleerd.$\n$\nDe geïnstalleerde versie verwijderen voordat deze wordt geïnstalleerd?"
  LangString HF_UNINSTALL_FAILED ${LANG_ENGLISH} "Removing the installed version failed."
  LangString HF_UNINSTALL_FAILED ${LANG_DUTCH} "Het verwijderen van de geïnstalleerde versie is mislukt."

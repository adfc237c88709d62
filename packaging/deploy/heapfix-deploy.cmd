@echo off
rem heapfix fleet roll-out: installs heapfix if it is missing, then applies the recommended SharedSection
rem values after a verified backup. One script for Intune (install command), Configuration Manager (program
rem command line), Group Policy (computer startup script) and Ansible (win_command). Run it as SYSTEM or an
rem elevated administrator, from a folder that also holds the heapfix-*-setup.exe installer.
rem Exit code: heapfix-cli's (0 done or nothing to change, 2 unreadable, 3 write refused, 4 backup failed,
rem 5 verification failed: original put back), or the installer's when installing failed.
setlocal
set "HF_CLI=%ProgramFiles%\heapfix\bin\heapfix-cli.exe"
set "HF_DATA=%ProgramData%\heapfix"

if exist "%HF_CLI%" goto apply
rem pushd also works from a \\server\share path (it maps a drive letter for the duration).
pushd "%~dp0"
for %%S in (heapfix-*-setup.exe) do set "HF_SETUP=%%~fS"
popd
if not defined HF_SETUP (
    echo heapfix-deploy: no heapfix-*-setup.exe beside %~f0 1>&2
    exit /b 1
)
"%HF_SETUP%" /S
if errorlevel 1 exit /b %errorlevel%

:apply
if not exist "%HF_DATA%" mkdir "%HF_DATA%"
"%HF_CLI%" --backup-dir "%HF_DATA%\backups" --json apply --recommended --yes >> "%HF_DATA%\apply.log"
exit /b %errorlevel%

# Intune custom detection script for the "heapfix: SharedSection fix" Win32 app (run as SYSTEM, 64-bit).
# Detected (exit 0 with output) when heapfix is installed and `heapfix-cli status --json` says no change is
# needed, i.e. the fix is in place or the machine never needed it. Anything else: not detected (exit 1).
$cli = Join-Path $env:ProgramFiles 'heapfix\bin\heapfix-cli.exe'
if (-not (Test-Path $cli)) { exit 1 }
$status = & $cli --json status | Out-String
if ($LASTEXITCODE -ne 0) { exit 1 }
if (($status | ConvertFrom-Json).change_needed) { exit 1 }
Write-Output 'heapfix: SharedSection as recommended'
exit 0

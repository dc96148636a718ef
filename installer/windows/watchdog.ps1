# Alsep Desktop kiosk watchdog for Windows (issue 16, decision 1604). UNTESTED here.
# Started at log-in (installer task "autostart\kiosk"), it runs the register in kiosk mode and
# starts it again after a crash (any non-zero exit). An administrator closing the register
# (exit code 0) ends the watchdog too. Switching away is blocked by Windows Assigned Access
# (a kiosk user account), not by this script.
$exe = Join-Path (Split-Path -Parent $PSScriptRoot) "alsep-desktop.exe"
$starts = @()
while ($true) {
    $proc = Start-Process -FilePath $exe -ArgumentList "--kiosk" -PassThru -Wait
    if ($proc.ExitCode -eq 0) { break }
    $now = Get-Date
    $starts = @($starts | Where-Object { ($now - $_).TotalSeconds -lt 60 }) + $now
    if ($starts.Count -ge 5) { Start-Sleep -Seconds 60; $starts = @() }  # a crash loop: wait a minute
    Start-Sleep -Seconds 2
}

# Run by SmokeTests in a real pwsh: the same date parameters in three cultures. One line per culture.
$ErrorActionPreference = 'Stop'
Import-Module ./AiRegOps.psd1
foreach ($name in 'de-DE', 'en-US', 'zh-CN') {
    [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::GetCultureInfo($name)
    # Output dates are ISO text in every culture; the string is compared as it is.
    $due = (Get-RegulatoryDeadline -Start 2026-06-01 -WorkingDays 1).DueDate
    $refused = try { Get-RegulatoryDeadline -Start 06/01/2026 -WorkingDays 1 | Out-Null; 'accepted' } catch { $_.Exception.Message }
    "$name due=$due refused=$refused"
}

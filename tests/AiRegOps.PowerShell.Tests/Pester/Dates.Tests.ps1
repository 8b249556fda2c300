# One date type at the edge: every date parameter of every cmdlet reads yyyy-MM-dd the same in every culture and
# refuses text whose day and month order depends on the culture.
BeforeDiscovery {
    $cultures = @('de-DE', 'en-US', 'zh-CN')
}

BeforeAll {
    $examples = Join-Path $PSScriptRoot '..' '..' '..' 'examples' 'genai-chat'
    function Invoke-InCulture([string] $CultureName, [scriptblock] $Script) {
        $before = [System.Globalization.CultureInfo]::CurrentCulture
        try {
            [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::GetCultureInfo($CultureName)
            & $Script
        }
        finally {
            [System.Globalization.CultureInfo]::CurrentCulture = $before
        }
    }
}

Describe 'Every date parameter' {
    It 'carries the IsoDate transformation (<_.Name> -<_.Parameter>)' -ForEach @(
        foreach ($command in (Get-Command -Module AiRegOps -CommandType Cmdlet)) {
            foreach ($parameter in $command.Parameters.Values) {
                $type = [Nullable]::GetUnderlyingType($parameter.ParameterType) ?? $parameter.ParameterType
                # Dates only: an instant (Send-DeploymentEvent -OccurredAt, a [datetimeoffset]) is bound by PowerShell's
                # invariant-culture conversion, the same in every culture.
                if ($type -in [datetime], [DateOnly]) {
                    @{ Name = $command.Name; Parameter = $parameter.Name; Attributes = $parameter.Attributes }
                }
            }
        }
    ) {
        @($Attributes | Where-Object { $_.GetType().Name -eq 'IsoDateAttribute' }).Count | Should -Be 1
    }
}

Describe 'Dates under <_>' -ForEach $cultures {
    BeforeAll { $culture = $_ }

    It 'reads yyyy-MM-dd as that day' {
        Invoke-InCulture $culture {
            (Get-RegulatoryDeadline -Start 2026-06-01 -CalendarDays 1).Start | Should -Be '2026-06-01'
            $schedule = Get-ComplianceSchedule -Path $examples -AsOf '2026-06-01' -StateFolder (Join-Path $TestDrive 'none')
            $invariant = Invoke-InCulture 'en-US' { Get-ComplianceSchedule -Path $examples -AsOf ([DateOnly]::new(2026, 6, 1)) -StateFolder (Join-Path $TestDrive 'none') }
            @($schedule).Count | Should -BeGreaterThan 0
            ($schedule | ForEach-Object { "$($_.ObligationId) $($_.PeriodKey) $($_.Status)" }) -join ';' |
                Should -Be (($invariant | ForEach-Object { "$($_.ObligationId) $($_.PeriodKey) $($_.Status)" }) -join ';')
        }
    }

    It 'takes [datetime] and [DateOnly] objects' {
        Invoke-InCulture $culture {
            (Get-RegulatoryDeadline -Start ([datetime]::new(2026, 6, 1, 15, 30, 0)) -CalendarDays 1).Start | Should -Be '2026-06-01'
            (Get-RegulatoryDeadline -Start ([DateOnly]::new(2026, 6, 1)) -CalendarDays 1).Start | Should -Be '2026-06-01'
        }
    }

    It 'refuses 06/01/2026 with the form expected (<_>)' -ForEach @(
        @{ Command = { Get-RegulatoryDeadline -Start '06/01/2026' -CalendarDays 1 }; Name = '-Start' }
        @{ Command = { Get-ComplianceSchedule -Path $examples -AsOf '06/01/2026' }; Name = '-AsOf' }
        @{ Command = { Invoke-ComplianceGate -Path $examples -AsOf '06/01/2026' }; Name = '-AsOf' }
        @{ Command = { Get-AiObligation -AsOf '06/01/2026' }; Name = '-AsOf' }
        @{ Command = { Get-AiRegulation -AsOf '06/01/2026' }; Name = '-AsOf' }
        @{ Command = { Register-EthicsReview -Committee 'C' -EstablishedOn '06/01/2026' -WhatIf }; Name = '-EstablishedOn' }
    ) {
        $command = $Command; $parameterName = $Name
        Invoke-InCulture $culture {
            $err = { & $command } | Should -Throw -PassThru
            $err.Exception.Message | Should -Match ([regex]::Escape($parameterName))
            $err.Exception.Message | Should -Match 'ambiguous'
            $err.Exception.Message | Should -Match 'yyyy-MM-dd'
        }
    }
}

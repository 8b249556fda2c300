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
                if ($type -in [datetime], [DateOnly]) {
                    @{ Name = $command.Name; Parameter = $parameter.Name; Attributes = $parameter.Attributes }
                }
            }
        }
    ) {
        @($Attributes | Where-Object { $_.GetType().Name -eq 'IsoDateAttribute' }).Count | Should -Be 1
    }

    It 'carries the IsoInstant transformation when it is an instant (<_.Name> -<_.Parameter>)' -ForEach @(
        foreach ($command in (Get-Command -Module AiRegOps -CommandType Cmdlet)) {
            foreach ($parameter in $command.Parameters.Values) {
                $type = [Nullable]::GetUnderlyingType($parameter.ParameterType) ?? $parameter.ParameterType
                if ($type -eq [datetimeoffset]) {
                    @{ Name = $command.Name; Parameter = $parameter.Name; Attributes = $parameter.Attributes }
                }
            }
        }
    ) {
        @($Attributes | Where-Object { $_.GetType().Name -eq 'IsoInstantAttribute' }).Count | Should -Be 1
    }
}

Describe 'Instants under <_>' -ForEach $cultures {
    BeforeAll {
        $culture = $_
        # -WhatIf stops after the event is drafted and checked: nothing is contacted.
        function Send-Draft($OccurredAt) {
            Send-DeploymentEvent -Service chat -Version 1.0.0 -TargetEnvironment production -OccurredAt $OccurredAt -ConnectionString 'UseDevelopmentStorage=true' -WhatIf
        }
    }

    It 'takes an ISO 8601 instant with Z, an offset or fractions' {
        Invoke-InCulture $culture {
            { Send-Draft '2026-06-01T10:00:00+08:00' } | Should -Not -Throw
            { Send-Draft '2026-06-01T02:00:00Z' } | Should -Not -Throw
            { Send-Draft '2026-06-01T02:00:00.125-05:00' } | Should -Not -Throw
            { Send-Draft ([datetime]::new(2026, 6, 1, 10, 0, 0, [DateTimeKind]::Utc)) } | Should -Not -Throw
            { Send-Draft ([DateTimeOffset]::new(2026, 6, 1, 10, 0, 0, [TimeSpan]::FromHours(8))) } | Should -Not -Throw
        }
    }

    It 'binds the same instant in every culture' {
        $attribute = (Get-Command Send-DeploymentEvent).Parameters['OccurredAt'].Attributes | Where-Object { $_.GetType().Name -eq 'IsoInstantAttribute' }
        Invoke-InCulture $culture {
            $attribute.Transform($null, '2026-06-01T10:00:00+08:00') | Should -Be ([DateTimeOffset]::new(2026, 6, 1, 10, 0, 0, [TimeSpan]::FromHours(8)))
            $attribute.Transform($null, '2026-06-01T02:00:00.5Z').UtcDateTime | Should -Be ([datetime]::new(2026, 6, 1, 2, 0, 0, 500, [DateTimeKind]::Utc))
        }
    }

    It 'refuses <_> with the form expected' -ForEach @('06/01/2026 10:00', '2026-06-01 10:00:00', '2026-06-01T10:00:00', '1 June 2026') {
        $text = $_
        Invoke-InCulture $culture {
            $err = { Send-Draft $text } | Should -Throw -PassThru
            $err.Exception.Message | Should -Match '-OccurredAt'
            $err.Exception.Message | Should -Match 'yyyy-MM-ddTHH:mm:ss'
        }
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

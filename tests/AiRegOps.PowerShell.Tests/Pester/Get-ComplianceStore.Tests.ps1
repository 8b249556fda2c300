BeforeAll {
    $key = 'S2V5VGhhdE11c3ROZXZlckJlU2hvd25JbkFueU91dHB1dDEyMw=='
    $connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1"
}

AfterAll {
    Set-ComplianceStore
}

Describe 'Get-ComplianceStore' {
    It 'shows the default local folder below the current location until a store is chosen' {
        Set-ComplianceStore
        Push-Location $TestDrive
        try {
            $info = Get-ComplianceStore
            $info.Kind | Should -Be 'Local'
            $info.IsDefault | Should -BeTrue
            $info.Location | Should -Be (Join-Path $TestDrive '.airegops' 'evidence')
        }
        finally {
            Pop-Location
        }
    }

    It 'shows the chosen folder' {
        $folder = Join-Path $TestDrive 'chosen'
        Set-ComplianceStore -Path $folder
        (Get-ComplianceStore).ToString() | Should -Be "Local: $folder"
    }

    It 'never shows the key or the connection string of an Azure store' {
        Set-ComplianceStore -ConnectionString (ConvertTo-SecureString $connection -AsPlainText -Force)
        $info = Get-ComplianceStore
        $text = ($info | Format-List * | Out-String) + ($info | Format-Table | Out-String) + $info.ToString() + ($info | ConvertTo-Json)
        $text | Should -Not -Match ([regex]::Escape($key))
        $text | Should -Not -Match 'AccountKey'
        $info.Kind | Should -Be 'Azure'
    }
}

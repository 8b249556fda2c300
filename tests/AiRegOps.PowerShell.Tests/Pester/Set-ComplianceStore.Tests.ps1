BeforeAll {
    $key = 'Zm9vYmFyU2VjcmV0S2V5Rm9yVGVzdHNPbmx5MTIzNDU2Nzg5MA=='
    $connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1"
}

AfterAll {
    Set-ComplianceStore
}

Describe 'Set-ComplianceStore' {
    Context 'local folder' {
        It 'chooses a folder for the session and returns it with -PassThru' {
            $folder = Join-Path $TestDrive 'evidence'
            $info = Set-ComplianceStore -Path $folder -PassThru
            $info.PSTypeNames | Should -Contain 'AiRegOps.PowerShell.ComplianceStoreInfo'
            $info.Kind | Should -Be 'Local'
            $info.Location | Should -Be $folder
            $info.IsDefault | Should -BeFalse
            (Get-ComplianceStore).Location | Should -Be $folder
        }

        It 'returns nothing without -PassThru and writes nothing' {
            $folder = Join-Path $TestDrive 'quiet'
            Set-ComplianceStore -Path $folder | Should -BeNullOrEmpty
            $folder | Should -Not -Exist
        }

        It 'takes the folder from the pipeline by FullName' {
            $folder = New-Item -ItemType Directory (Join-Path $TestDrive 'piped')
            ($folder | Set-ComplianceStore -PassThru).Location | Should -Be $folder.FullName
        }

        It 'goes back to the default ./.airegops/evidence without parameters' {
            Set-ComplianceStore -Path (Join-Path $TestDrive 'x')
            Set-ComplianceStore
            $info = Get-ComplianceStore
            $info.IsDefault | Should -BeTrue
            $info.Location | Should -BeLike '*.airegops*evidence'
        }
    }

    Context 'Azure' {
        It 'accepts a connection string as a string and never shows it' {
            $info = Set-ComplianceStore -ConnectionString $connection -PassThru -Verbose 4>&1
            ($info | Out-String) | Should -Not -Match ([regex]::Escape($key))
            $store = Get-ComplianceStore
            $store.Kind | Should -Be 'Azure'
            $store.Location | Should -BeLike "*devstoreaccount1*"
            ($store | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($key))
            ($store | ConvertTo-Json) | Should -Not -Match ([regex]::Escape($key))
        }

        It 'accepts a connection string as a SecureString' {
            $secure = ConvertTo-SecureString $connection -AsPlainText -Force
            (Set-ComplianceStore -ConnectionString $secure -PassThru).Kind | Should -Be 'Azure'
            (Get-ComplianceStore | Out-String) | Should -Not -Match ([regex]::Escape($key))
        }

        It 'accepts an account URL for DefaultAzureCredential' {
            $info = Set-ComplianceStore -AccountUrl https://contoso.blob.core.windows.net -PassThru
            $info.Kind | Should -Be 'Azure'
            $info.Location | Should -BeLike 'https://contoso.blob.core.windows.net*DefaultAzureCredential'
        }

        It 'builds the account URL in the cloud -Environment names, as the Az modules name it' -TestCases @(
            @{ Environment = 'AzureChinaCloud'; Suffix = 'core.chinacloudapi.cn' }
            @{ Environment = 'AzureUSGovernment'; Suffix = 'core.usgovcloudapi.net' }
            @{ Environment = 'AzureCloud'; Suffix = 'core.windows.net' }
        ) {
            $info = Set-ComplianceStore -AccountName contoso -Environment $Environment -PassThru
            $info.Kind | Should -Be 'Azure'
            $info.Location | Should -BeLike "https://contoso.blob.$Suffix/*DefaultAzureCredential"
        }

        It 'defaults -AccountName to the public cloud' {
            (Set-ComplianceStore -AccountName contoso -PassThru).Location | Should -BeLike 'https://contoso.blob.core.windows.net/*'
        }

        It 'rejects a cloud the Az modules do not name' {
            { Set-ComplianceStore -AccountName contoso -Environment AzureMoonCloud } | Should -Throw '*AzureChinaCloud*'
        }
    }

    Context '-WhatIf' {
        It 'keeps the current choice' {
            $folder = Join-Path $TestDrive 'kept'
            Set-ComplianceStore -Path $folder
            Set-ComplianceStore -ConnectionString $connection -WhatIf
            (Get-ComplianceStore).Location | Should -Be $folder
        }
    }

    Context 'errors' {
        It 'ComplianceStoreInvalid for a malformed connection string, without the key in the message' {
            $bad = "AccountName=devstoreaccount1;AccountKey=$key;NotAnEndpoint"
            $err = { Set-ComplianceStore -ConnectionString $bad } | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'ComplianceStoreInvalid*'
            $err.Exception.Message | Should -Not -Match ([regex]::Escape($key))
            ($err | Out-String) | Should -Not -Match ([regex]::Escape($key))
            $err.Exception.Message | Should -Match 'cannot be used'
        }

        It 'ComplianceStoreInvalid for an account URL with a SAS query, without the signature' {
            $err = { Set-ComplianceStore -AccountUrl 'https://contoso.blob.core.windows.net/?sig=SECRETSIGNATURE123' } | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'ComplianceStoreInvalid*'
            $err.Exception.Message | Should -Not -Match 'SECRETSIGNATURE123'
        }

        It 'ComplianceStoreInvalid for an empty connection string' {
            $err = { Set-ComplianceStore -ConnectionString ' ' } | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'ComplianceStoreInvalid*'
        }
    }
}

#!/usr/bin/env pwsh
# ImageApis build: a thin script over plain dotnet commands (build.sh does the same steps).
#   ./build.ps1            restore, build, test, pack
#   ./build.ps1 test       restore, build, test
#   ./build.ps1 pack       restore, build, pack (NuGet packages in artifacts/packages)
param([ValidateSet('all', 'test', 'pack')][string]$Step = 'all', [string]$Configuration = 'Release')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet { dotnet @args; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE } }

Invoke-Dotnet restore ImageApis.sln
Invoke-Dotnet build ImageApis.sln --configuration $Configuration --no-restore
if ($Step -in 'all', 'test') { Invoke-Dotnet test ImageApis.sln --configuration $Configuration --no-build }
if ($Step -in 'all', 'pack') { Invoke-Dotnet pack ImageApis.sln --configuration $Configuration --no-build --output artifacts/packages }

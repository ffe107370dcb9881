#!/usr/bin/env bash
# ImageApis build: a thin script over plain dotnet commands (build.ps1 does the same steps).
#   ./build.sh            restore, build, test, pack
#   ./build.sh test       restore, build, test
#   ./build.sh pack       restore, build, pack (NuGet packages in artifacts/packages)
# CONFIGURATION=Debug ./build.sh   to build Debug (default Release).
set -euo pipefail
cd "$(dirname "$0")"
configuration="${CONFIGURATION:-Release}"
step="${1:-all}"

dotnet restore ImageApis.sln
dotnet build ImageApis.sln --configuration "$configuration" --no-restore
if [[ "$step" == "all" || "$step" == "test" ]]; then
  dotnet test ImageApis.sln --configuration "$configuration" --no-build
fi
if [[ "$step" == "all" || "$step" == "pack" ]]; then
  dotnet pack ImageApis.sln --configuration "$configuration" --no-build --output artifacts/packages
fi

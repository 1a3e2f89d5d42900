<#
.SYNOPSIS
  Builds dist\Schakel-<version>-x64.msi on a Windows build machine (never on an officer's laptop).

.DESCRIPTION
  1. python installer\build.py            -> dist\Schakel\ (PyInstaller onedir)
  2. signtool: signs every .exe, .dll and .pyd in dist\Schakel (optional, -CertThumbprint)
  3. wix build installer\windows\Schakel.wxs -> dist\Schakel-<version>-x64.msi
  4. signtool: signs the MSI (optional)
  5. prints ProductCode, version and size (for the Intune detection rule)

  Requirements: Python 3.11 x64 with the project installed (py -3.11 -m venv .venv;
  .venv\Scripts\pip install ".[test]"), the WiX .NET tool v5 or later
  (dotnet tool install --global wix), and for signing the Windows SDK's signtool.exe
  plus a code-signing certificate in the certificate store.
  Signing uses an RFC 3161 timestamp server at BUILD time, so signatures stay valid
  after the certificate expires; the laptop itself never needs network for this.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1 -Manufacturer "Gemeente Voorbeeld"
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1 -CertThumbprint 0123...ABCD
#>
[CmdletBinding()]
param(
    [string]$Python = ".venv\Scripts\python.exe",
    [string]$CertThumbprint = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$SignTool = "signtool.exe",
    [Parameter(Mandatory = $true)][string]$Manufacturer,   # the publishing organisation
    [string]$HelpLink = "",                                # ARP "support" link (intranet page)
    [string]$AboutLink = "",                               # ARP "about" link
    [switch]$SkipBuild
)

$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

$initText = Get-Content (Join-Path $Root "desktop\__init__.py") -Raw
if ($initText -notmatch '__version__\s*=\s*"(\d+)\.(\d+)\.(\d+)') { throw "version not found in desktop\__init__.py" }
$Version = "$($Matches[1]).$($Matches[2]).$($Matches[3])"
$App = Join-Path $Root "dist\Schakel"
$Msi = Join-Path $Root "dist\Schakel-$Version-x64.msi"
$Icon = Join-Path $Root "resources\icons\schakel.ico"

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

function Invoke-Sign([string[]]$files) {
    if (-not $CertThumbprint) { return }
    # Batches keep the command line short; /fd and /td SHA256, RFC 3161 timestamp (/tr).
    for ($i = 0; $i -lt $files.Count; $i += 50) {
        $batch = $files[$i..([Math]::Min($i + 49, $files.Count - 1))]
        Invoke-Checked $SignTool (@("sign", "/sha1", $CertThumbprint, "/fd", "SHA256",
            "/tr", $TimestampUrl, "/td", "SHA256", "/q") + $batch)
    }
}

if (-not $SkipBuild) {
    Invoke-Checked $Python @("installer\build.py", "--clean")
}
if (-not (Test-Path (Join-Path $App "Schakel.exe"))) { throw "no onedir in $App; run installer\build.py" }

# Smoke test of the onedir before packaging it.
Invoke-Checked (Join-Path $App "schakel-cli.exe") @("--self-test")

$binaries = Get-ChildItem $App -Recurse -File -Include *.exe, *.dll, *.pyd | ForEach-Object FullName
if ($CertThumbprint) {
    # Only sign what is not signed yet (Qt and Python DLLs may carry their vendor's signature).
    $unsigned = $binaries | Where-Object { (Get-AuthenticodeSignature $_).Status -ne "Valid" }
    Write-Host "Signing $($unsigned.Count) of $($binaries.Count) binaries"
    Invoke-Sign $unsigned
} else {
    Write-Warning "No -CertThumbprint: binaries and MSI stay unsigned (test builds only)."
}

$wixArgs = @("build", "installer\windows\Schakel.wxs", "-arch", "x64",
    "-d", "Version=$Version", "-d", "IconFile=$Icon", "-d", "Manufacturer=$Manufacturer",
    "-bindpath", "App=$App", "-o", $Msi)
if ($HelpLink) { $wixArgs += @("-d", "HelpLink=$HelpLink") }
if ($AboutLink) { $wixArgs += @("-d", "AboutLink=$AboutLink") }
Invoke-Checked "wix" $wixArgs
# Licences and SBOM next to the MSI (installer\build.py wrote them into dist\)
Write-Host "THIRD-PARTY-NOTICES.txt and sbom.cdx.json: $(Join-Path $Root 'dist')"
Invoke-Sign @($Msi)

$installer = New-Object -ComObject WindowsInstaller.Installer
$db = $installer.GetType().InvokeMember("OpenDatabase", "InvokeMethod", $null, $installer, @($Msi, 0))
$view = $db.GetType().InvokeMember("OpenView", "InvokeMethod", $null, $db,
    @("SELECT Value FROM Property WHERE Property='ProductCode'"))
$view.GetType().InvokeMember("Execute", "InvokeMethod", $null, $view, $null)
$record = $view.GetType().InvokeMember("Fetch", "InvokeMethod", $null, $view, $null)
$productCode = $record.GetType().InvokeMember("StringData", "GetProperty", $null, $record, 1)
$view.GetType().InvokeMember("Close", "InvokeMethod", $null, $view, $null)

$size = [Math]::Round((Get-Item $Msi).Length / 1MB, 1)
Write-Host "MSI:         $Msi ($size MB)"
Write-Host "Version:     $Version"
Write-Host "ProductCode: $productCode"

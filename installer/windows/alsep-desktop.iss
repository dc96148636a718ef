; Inno Setup script of Alsep Desktop for Windows (issue 16, decision 1604).
; UNTESTED: this project cannot build or run Windows installers on its Linux CI.
;
; Build on Windows (README "Bundle and installer"):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -c constraints.txt -e .[dev]
;   .venv\Scripts\python scripts\gen_proto.py && .venv\Scripts\python scripts\build_resources.py
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\alsep-desktop.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\windows\alsep-desktop.iss
; The result is dist\alsep-desktop-setup-<version>.exe.
;
; The program goes to {autopf}\Alsep Desktop; each user's store, settings and secrets live in
; %LOCALAPPDATA%\alsep-desktop (platformdirs, app/config.py), which the uninstaller never touches.

#define AppName "Alsep Desktop"
#define AppVersion "0.1.0"
#define AppExe "alsep-desktop.exe"

[Setup]
AppId={{6F1C2D7A-4B1E-4E8A-9C55-A15E0DE5C0A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Alsep
DefaultDirName={autopf}\Alsep Desktop
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=alsep-desktop-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
; autostart option: start the register when the user logs in (a kiosk adds --kiosk, see below)
Name: "autostart"; Description: "Start Alsep Desktop at log-in"; GroupDescription: "Start-up:"; Flags: unchecked
Name: "autostart\kiosk"; Description: "… as a kiosk (full screen; closing needs an administrator)"; Flags: unchecked

[Files]
Source: "..\..\dist\alsep-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "watchdog.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; per-user autostart (HKCU Run); removed by the uninstaller
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "AlsepDesktop"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: autostart and not autostart\kiosk
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "AlsepDesktop"; ValueData: "powershell.exe -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File ""{app}\kiosk\watchdog.ps1"""; Flags: uninsdeletevalue; Tasks: autostart\kiosk

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Nothing is deleted on uninstall beyond what was installed in {app};
; %LOCALAPPDATA%\alsep-desktop (the store, settings, secrets file) is the user's data and stays.

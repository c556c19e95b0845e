; Inno Setup script for callnotes on Windows: a per-user install, no administrator rights needed.
; Build on Windows after `make package` (or the CI job) has made dist\callnotes and build\package\icons:
;   iscc /DAppVersion=0.1.0 packaging\windows\callnotes.iss
; The installer is written to dist\callnotes-<version>-windows-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={{7C2E5A7B-9E0C-4F0B-A1D2-6C1B8F3A4D21}
AppName=callnotes
AppVersion={#AppVersion}
AppVerName=callnotes {#AppVersion}
AppPublisher=callnotes
DefaultDirName={localappdata}\Programs\callnotes
DefaultGroupName=callnotes
DisableProgramGroupPage=yes
; per user: installs into the user's own folders, asks for no administrator rights
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=callnotes-{#AppVersion}-windows-setup
SetupIconFile={#Root}\build\package\icons\callnotes.ico
UninstallDisplayIcon={app}\callnotes.exe
UninstallDisplayName=callnotes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; the data folder (%LOCALAPPDATA%\callnotes) is the user's: the uninstaller leaves it alone

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "greek"; MessagesFile: "compiler:Languages\Greek.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\callnotes\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; the Start-menu entry, and the uninstaller beside it (also in Settings > Apps)
Name: "{userprograms}\callnotes"; Filename: "{app}\callnotes.exe"; Comment: "Notes and records for getting paid by phone"
Name: "{userprograms}\Uninstall callnotes"; Filename: "{uninstallexe}"
Name: "{userdesktop}\callnotes"; Filename: "{app}\callnotes.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\callnotes.exe"; Description: "{cm:LaunchProgram,callnotes}"; Flags: nowait postinstall skipifsilent

; Packets are PDFs: callnotes registers no file type and opens them with whatever viewer the system has
; for .pdf (QDesktopServices), so nothing here touches the .pdf association.

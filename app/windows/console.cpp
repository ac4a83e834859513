// twinning-tracker.com: the program's face in a console on Windows.
//
// twinning-tracker.exe is a GUI program, so that starting it from the Start
// menu or from a .twinning file opens no console window. In cmd.exe and
// PowerShell, "twinning-tracker" finds this console program first (.COM comes
// before .EXE in PATHEXT): it starts the .exe beside it with the same arguments
// and the same standard handles, waits for it and returns its exit code, so that
// "twinning-tracker check --db …" prints where it was typed and a script sees
// whether it succeeded. The .exe attaches to the console it inherits (main.cpp).

#include <cstdio>
#include <string>
#include <windows.h>

namespace {

// The command line after the program's own name, as typed.
const wchar_t *arguments(const wchar_t *line)
{
    bool quoted = false;
    for (; *line; ++line) {
        if (*line == L'"')
            quoted = !quoted;
        else if (!quoted && (*line == L' ' || *line == L'\t'))
            break;
    }
    while (*line == L' ' || *line == L'\t')
        ++line;
    return line;
}

} // namespace

int wmain()
{
    std::wstring exe(MAX_PATH, L'\0');
    const DWORD length = GetModuleFileNameW(nullptr, exe.data(), MAX_PATH);
    if (length < 4 || length >= MAX_PATH)
        return 2;
    exe.resize(length - 4);
    exe += L".exe";

    std::wstring line = L"\"" + exe + L"\" " + arguments(GetCommandLineW());
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(exe.c_str(), line.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr,
                        &startup, &process)) {
        std::fwprintf(stderr, L"twinning-tracker: cannot start %ls (error %lu)\n", exe.c_str(),
                      GetLastError());
        return 2;
    }
    // Ctrl+C reaches the program in the same console; this one waits for it.
    SetConsoleCtrlHandler(nullptr, TRUE);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    CloseHandle(process.hProcess);
    CloseHandle(process.hThread);
    return static_cast<int>(code);
}

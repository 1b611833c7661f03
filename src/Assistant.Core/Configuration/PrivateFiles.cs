namespace Assistant.Core.Configuration;

/// <summary>
/// The data folder holds password hashes, the conversation salt and tokens: on Unix a folder created here is 0700 and
/// every store's file 0600 (SQLite gives its -wal/-shm files the database file's mode). Elsewhere the calls create
/// the folder or do nothing.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> (and missing parents) readable by the owner only; an existing folder keeps its mode.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerFolder);
        }
    }

    /// <summary>Creates <paramref name="path"/> empty and 0600 when missing, or takes group and other access away from an existing one.</summary>
    public static void Ensure(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerFile });
        }
        catch (IOException) when (File.Exists(path))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) & OwnerFolder);
        }
    }

    /// <summary>Options that create a new file 0600 on Unix (fails if it exists).</summary>
    public static FileStreamOptions NewFile() => OperatingSystem.IsWindows()
        ? new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write }
        : new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerFile };
}

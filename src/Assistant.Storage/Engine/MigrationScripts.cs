using System.Reflection;

namespace Assistant.Storage.Engine;

/// <summary>The SQL migration files embedded in this assembly (<c>Sqlite/&lt;file&gt;/NNNN_*.sql</c>, <c>Postgres/NNNN_*.sql</c>), in name order.</summary>
internal static class MigrationScripts
{
    /// <summary>The scripts whose resource name starts with <paramref name="prefix"/>, ordered by name, as (name, SQL).</summary>
    public static IReadOnlyList<(string Name, string Sql)> Load(string prefix)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[prefix.Length..], Read(assembly, name)))
            .ToList();
        return scripts.Count > 0 ? scripts : throw new InvalidOperationException($"No migration scripts under {prefix}.");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

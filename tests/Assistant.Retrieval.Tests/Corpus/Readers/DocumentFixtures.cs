namespace Assistant.Retrieval.Tests.Corpus.Readers;

/// <summary>The committed document fixtures (made by scripts/make-document-fixtures.sh), copied beside the test assembly.</summary>
internal static class DocumentFixtures
{
    /// <summary>TestData/Documents.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "Documents");

    /// <summary>A fixture by its path under TestData/Documents ("pdf/lang-son-ke-hoach.pdf").</summary>
    public static string Get(string relativePath) => Path.Combine(Root, relativePath);
}

using Assistant.Answering.Llm.Grounding;

namespace Assistant.Answering.Tests.Llm.Grounding;

public sealed class CitationMarkersTests
{
    [Fact]
    public void Find_SingleListAndRangeMarkers_ExpandsNumbers()
    {
        var markers = CitationMarkers.Find("A [2]. B [1, 3]. C [4-6]. D [ 5 ; 2 ].");

        Assert.Equal([[2], [1, 3], [4, 5, 6], [5, 2]], markers.Select(m => m.Numbers.ToArray()).ToArray());
    }

    [Theory]
    [InlineData("Quyết định 157/QĐ-TTg ngày 20/01/2026.")]
    [InlineData("Mảng [a] và [71-NQ/TW] không phải trích dẫn.")]
    public void Find_NoMarker_FindsNothing(string text)
    {
        Assert.Empty(CitationMarkers.Find(text));
    }

    [Fact]
    public void Renumber_CitedPassages_BecomeOneToN()
    {
        const string text = "Ông Khởi ký [5]. Mục tiêu 100% [2][5]. Xem thêm [2, 5].";
        var markers = CitationMarkers.Find(text);
        var map = CitationMarkers.CitedInOrder(markers).Select((n, i) => (n, i + 1)).ToDictionary(p => p.n, p => p.Item2);

        var renumbered = CitationMarkers.Renumber(text, markers, map);

        Assert.Equal("Ông Khởi ký [1]. Mục tiêu 100% [2][1]. Xem thêm [1, 2].", renumbered);
    }

    [Fact]
    public void Strip_Markers_LeavesTheProse()
    {
        const string text = "Mục tiêu 100% [2].";

        Assert.Equal("Mục tiêu 100%    .", CitationMarkers.Strip(text, CitationMarkers.Find(text)));
    }
}

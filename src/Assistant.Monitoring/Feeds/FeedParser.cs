using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Assistant.Core.Monitoring;
using Assistant.Monitoring.Intake;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Feeds;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 document into posts with System.ServiceModel.Syndication, one item at a time so a
/// malformed item is skipped (and named) while the others are read. A post's text is the title and the content (or
/// summary) as plain NFC text; its id is the item's guid/id, else its link.
/// </summary>
public sealed class FeedParser(IOptions<FeedOptions> options, IOptions<IntakeOptions> intake)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024 * 1024,
    };

    /// <summary>Reads the document; throws <see cref="FeedException"/> when it is not well-formed XML or not RSS 2.0/Atom 1.0.</summary>
    public FeedParseResult Parse(FeedSource source, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(content);
        var elements = ItemElements(Load(content));
        var feedUri = new Uri(source.Url, UriKind.Absolute);
        var limit = options.Value.MaxItemsPerPoll;
        var posts = new List<Post>();
        var skipped = new List<SkippedFeedItem>();
        for (var i = 0; i < Math.Min(limit, elements.Count); i++)
        {
            var element = elements[i];
            try
            {
                posts.Add(ToPost(source.PostSource, feedUri, element));
            }
            catch (Exception exception) when (exception is XmlException or FormatException or ArgumentException or InvalidOperationException or FeedException)
            {
                skipped.Add(new SkippedFeedItem(Describe(element, i), exception.Message));
            }
        }

        return new FeedParseResult(posts, skipped, Math.Max(0, elements.Count - limit));
    }

    private static XDocument Load(byte[] content)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), ReaderSettings);
            return XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new FeedException($"the document is not well-formed XML ({exception.Message})", exception);
        }
    }

    private static List<XElement> ItemElements(XDocument document)
    {
        var root = document.Root ?? throw new FeedException("the document has no root element");
        if (root.Name == "rss")
        {
            var channel = root.Element("channel") ?? throw new FeedException("the RSS document has no <channel>");
            return channel.Elements("item").ToList();
        }

        if (root.Name == Atom + "feed")
        {
            return root.Elements(Atom + "entry").ToList();
        }

        throw new FeedException($"the root element <{root.Name.LocalName}> (namespace '{root.Name.NamespaceName}') is neither RSS 2.0 <rss> nor Atom 1.0 <feed>");
    }

    private Post ToPost(string postSource, Uri feedUri, XElement element)
    {
        SyndicationItem item;
        using (var reader = XmlReader.Create(new StringReader(element.ToString(SaveOptions.DisableFormatting)), ReaderSettings))
        {
            item = SyndicationItem.Load(reader);
        }

        var url = Link(item, feedUri);
        var externalId = Clean(item.Id) ?? url ?? throw new FeedException("the item has neither a guid/id nor a link");
        var title = Plain(item.Title?.Text);
        var body = Plain(element.Element(ContentModule + "encoded")?.Value)
            ?? Plain((item.Content as TextSyndicationContent)?.Text)
            ?? Plain(item.Summary?.Text);
        var text = string.Join("\n\n", new[] { title, body }.Where(part => part is not null));
        if (text.Length == 0)
        {
            throw new FeedException("the item has no title and no text");
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > intake.Value.MaxTextBytes)
        {
            throw new FeedException($"the item text is {bytes} bytes, over the {intake.Value.MaxTextBytes}-byte limit");
        }

        return new Post(postSource, externalId, text)
        {
            Url = url,
            Author = Author(item, element),
            PublishedAt = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : null,
        };
    }

    private static string? Link(SyndicationItem item, Uri feedUri)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri is not { } uri)
        {
            return null;
        }

        var absolute = uri.IsAbsoluteUri ? uri : new Uri(link.BaseUri ?? feedUri, uri);
        return absolute.IsAbsoluteUri ? absolute.AbsoluteUri : null;
    }

    private static string? Author(SyndicationItem item, XElement element)
    {
        var person = item.Authors.FirstOrDefault();
        return Clean(person?.Name) ?? Clean(person?.Email) ?? Clean(element.Element(DublinCore + "creator")?.Value);
    }

    private static string? Plain(string? html) => html is null ? null : Clean(HtmlText.ToPlainText(html));

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    private static string Describe(XElement element, int index)
    {
        var name = new[]
            {
                element.Element("guid")?.Value, element.Element(Atom + "id")?.Value,
                element.Element("link")?.Value, element.Element(Atom + "link")?.Attribute("href")?.Value,
                element.Element("title")?.Value, element.Element(Atom + "title")?.Value,
            }
            .Select(Clean)
            .FirstOrDefault(value => value is not null);
        return name is null
            ? string.Create(CultureInfo.InvariantCulture, $"#{index + 1}")
            : string.Create(CultureInfo.InvariantCulture, $"#{index + 1} '{(name.Length > 120 ? name[..120] + "…" : name)}'");
    }
}

using System.Text.Json.Nodes;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>One request a fake platform server received.</summary>
/// <param name="Method">Bot API method or request path.</param>
/// <param name="Body">The JSON body (or the form fields as a JSON object).</param>
/// <param name="Headers">Request headers of interest.</param>
public sealed record RecordedCall(string Method, JsonObject Body, IReadOnlyDictionary<string, string> Headers);

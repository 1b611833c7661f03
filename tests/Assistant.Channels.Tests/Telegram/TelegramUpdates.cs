using System.Text.Json.Nodes;

namespace Assistant.Channels.Tests.Telegram;

/// <summary>Real-world update JSON from <c>TestData/telegram</c>, with a chosen update_id.</summary>
internal static class TelegramUpdates
{
    /// <summary>The update in <c>{name}.json</c> with <paramref name="updateId"/>.</summary>
    public static JsonObject Load(string name, long updateId)
    {
        var update = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "telegram", name + ".json")))!.AsObject();
        update["update_id"] = updateId;
        return update;
    }
}

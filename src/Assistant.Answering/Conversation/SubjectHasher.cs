using System.Security.Cryptography;
using System.Text;
using Assistant.Core.Configuration;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Conversation;

/// <summary>
/// The salted hash (HMAC-SHA256) under which a channel's conversation or user id is kept, so that no channel id is
/// ever stored. The salt comes from <c>Conversations:HashSalt</c> or is created once in the data folder.
/// </summary>
public sealed class SubjectHasher
{
    /// <summary>File holding the generated salt inside <c>Data:Directory</c>.</summary>
    public const string SaltFileName = "conversation-salt.key";

    private readonly byte[] salt;

    /// <summary>Loads or creates the salt.</summary>
    public SubjectHasher(IOptions<ConversationOptions> options, IOptions<DataOptions> data)
    {
        salt = options.Value.HashSalt.Length > 0
            ? Encoding.UTF8.GetBytes(options.Value.HashSalt)
            : LoadOrCreate(Path.Combine(data.Value.FullPath, SaltFileName));
    }

    /// <summary>Lower-case hex hash of the key's channel and subject.</summary>
    public string Hash(ConversationKey key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"{key.Channel}\n{key.Subject}")));

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var fresh = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = new FileStream(path, PrivateFiles.NewFile());
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(fresh));
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs so both hash alike.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Assistant.Channels.Delivery;

/// <summary>Constant-time comparison of secrets and signatures, so timing does not reveal how much matched.</summary>
public static class SecretComparer
{
    /// <summary>True when <paramref name="given"/> equals <paramref name="expected"/> (ordinal).</summary>
    public static bool AreEqual(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}

using System.Security.Cryptography;
using System.Text;

namespace AiRegOps.GitHub;

/// <summary>The short-lived RS256 JSON Web Token a GitHub App signs to ask for an installation token.</summary>
internal static class GitHubAppJwt
{
    public static string Create(long appId, string privateKeyPem, DateTimeOffset now)
    {
        // Issued a minute in the past against clock drift; GitHub accepts at most ten minutes of life.
        var issued = now.AddSeconds(-60).ToUnixTimeSeconds();
        var expires = now.AddMinutes(9).ToUnixTimeSeconds();
        var header = Base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"u8);
        var payload = Base64Url(Encoding.UTF8.GetBytes($"{{\"iat\":{issued},\"exp\":{expires},\"iss\":\"{appId}\"}}"));
        var signingInput = $"{header}.{payload}";
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
        }
        catch (Exception ex) when (ex is ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            // No inner exception: nothing about the key may travel with the error.
            throw new InvalidOperationException($"The private key of GitHub App {appId} is not a PEM RSA private key.");
        }

        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using Sujuva.Web.Platform;
using Sujuva.Web.Features.Feedback;

namespace Sujuva.IntegrationTests.Feedback;

public sealed class FeedbackTokenFormatTests
{
    [Fact]
    public void New_Token_Is256BitsOfBase64UrlAndHashesToItsStoredHash()
    {
        var (token, hash) = SecretToken.New();

        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(hash, SecretToken.HashOf(token));
    }

    [Fact]
    public void New_TwoTokens_Differ() => Assert.NotEqual(SecretToken.New().Token, SecretToken.New().Token);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void HashOf_MalformedToken_IsNull(string? token) => Assert.Null(SecretToken.HashOf(token));
}

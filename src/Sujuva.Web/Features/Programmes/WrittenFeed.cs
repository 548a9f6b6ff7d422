using System.Security.Cryptography;
using System.Text;

namespace Sujuva.Web.Features.Programmes;

/// <summary>A calendar feed as served: its bytes, their ETag, and the stamp of the sessions it was written from.</summary>
public sealed record WrittenFeed(FeedStamp Stamp, byte[] Body, string ETag)
{
    public static WrittenFeed Of(FeedStamp stamp, string calendar)
    {
        var body = Encoding.UTF8.GetBytes(calendar);
        return new(stamp, body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Sujuva.Web.Platform.Mail;

/// <summary>The base of links in mails sent outside a request (jobs): Mail:PublicUrl, else the address the server listens on.</summary>
public sealed class MailLinks(IOptions<MailOptions> options, IServer server)
{
    public string Base =>
        options.Value.PublicUrl?.TrimEnd('/')
        ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/')
        ?? "http://localhost";
}

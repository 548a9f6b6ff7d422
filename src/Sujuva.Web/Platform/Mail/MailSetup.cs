using MimeKit;

namespace Sujuva.Web.Platform.Mail;

/// <summary>E-mail (decision 0010): the sender and its options, checked at start so a typo fails the start, not a reminder.</summary>
public static class MailSetup
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail")
            .Validate(o => o.Port is > 0 and <= 65535, "Mail:Port must be 1–65535.")
            .Validate(o => MailboxAddress.TryParse(o.SenderAddress, out _), "Mail:SenderAddress is not an e-mail address.")
            .Validate(o => string.IsNullOrEmpty(o.UserName) || o.Security != MailSecurity.None,
                "Mail:UserName is set with Mail:Security None: the password would cross the network in plain text.")
            .ValidateOnStart();
        services.AddSingleton<MailSender>();
        services.AddSingleton<MailLinks>();
        return services;
    }
}

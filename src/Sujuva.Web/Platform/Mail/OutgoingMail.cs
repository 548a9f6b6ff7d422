namespace Sujuva.Web.Platform.Mail;

/// <summary>One message to one recipient, in the recipient's language. HtmlBody, when given, goes beside the text.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null, string? ToName = null);

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Auth;

/// <summary>Identity maps the rest of the user; the display name is ours and as long as the API accepts.</summary>
public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b) => b.Property(u => u.DisplayName).HasMaxLength(TextLimits.Name);
}

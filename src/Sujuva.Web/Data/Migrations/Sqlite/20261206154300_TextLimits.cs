using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TextLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}

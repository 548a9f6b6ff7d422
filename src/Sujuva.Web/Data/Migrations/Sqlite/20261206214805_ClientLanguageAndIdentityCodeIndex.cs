using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientLanguageAndIdentityCodeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ClientPersonalData",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientPersonalData_IdentityCode",
                table: "ClientPersonalData",
                column: "IdentityCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClientPersonalData_IdentityCode",
                table: "ClientPersonalData");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "ClientPersonalData");
        }
    }
}

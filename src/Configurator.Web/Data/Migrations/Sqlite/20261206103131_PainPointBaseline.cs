using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PainPointBaseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "BaselineAmount",
                table: "PainPoints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BaselineConfirmedBy",
                table: "PainPoints",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "BaselineConfirmedById",
                table: "PainPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BaselineConfirmedByTitle",
                table: "PainPoints",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "BaselineConfirmedOn",
                table: "PainPoints",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BaselineAmount",
                table: "PainPoints");

            migrationBuilder.DropColumn(
                name: "BaselineConfirmedBy",
                table: "PainPoints");

            migrationBuilder.DropColumn(
                name: "BaselineConfirmedById",
                table: "PainPoints");

            migrationBuilder.DropColumn(
                name: "BaselineConfirmedByTitle",
                table: "PainPoints");

            migrationBuilder.DropColumn(
                name: "BaselineConfirmedOn",
                table: "PainPoints");
        }
    }
}

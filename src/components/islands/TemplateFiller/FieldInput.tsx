import { isEmpty, type FieldValue } from '../../../lib/templates/field-values.ts';
import { toDateTimeLocal } from '../../../lib/time/format-time.ts';
import { labelWithAliases } from '../../../lib/views/level-view.ts';
import type { FillerData } from '../../../lib/views/filler-data.ts';
import type { TemplateFieldView } from '../../../lib/views/template-view.ts';

interface Props {
	field: TemplateFieldView;
	value: FieldValue;
	levels: FillerData['clock']['levels'];
	/** Show the "required" error once the user has been through the field. */
	touched: boolean;
	onTouch: () => void;
	onChange: (value: FieldValue) => void;
}

/** One field of a template's form, by its type; labelled, with help and errors tied to it. */
export default function FieldInput({ field, value, levels, touched, onTouch, onChange }: Props) {
	const id = `fbt-${field.id}`;
	const invalid = field.required && touched && isEmpty(value);
	const describedBy =
		[field.help && `${id}-help`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined;
	const common = {
		id,
		'aria-describedby': describedBy,
		'aria-invalid': invalid || undefined,
		onBlur: onTouch,
	};
	const text = typeof value === 'string' ? value : '';

	let input;
	if (field.type === 'longtext') {
		input = (
			<textarea
				{...common}
				rows={3}
				value={text}
				onInput={(event) => onChange(event.currentTarget.value)}
			/>
		);
	} else if (field.type === 'list') {
		input = (
			<textarea
				{...common}
				rows={3}
				value={(value as string[]).join('\n')}
				onInput={(event) => onChange(event.currentTarget.value.split('\n'))}
			/>
		);
	} else if (field.type === 'datetime') {
		const time = Date.parse(text);
		input = (
			<input
				{...common}
				type="datetime-local"
				value={Number.isNaN(time) ? '' : toDateTimeLocal(time)}
				onInput={(event) => {
					const local = event.currentTarget.value;
					onChange(local ? new Date(local).toISOString() : '');
				}}
			/>
		);
	} else if (field.type === 'select' || field.type === 'level') {
		const options =
			field.type === 'level'
				? levels.map((level) => ({
						value: level.id,
						label: `${labelWithAliases(level)}: ${level.name}`,
					}))
				: (field.options ?? []).map((option) => ({ value: option, label: option }));
		input = (
			<select {...common} value={text} onChange={(event) => onChange(event.currentTarget.value)}>
				<option value="">Choose…</option>
				{options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
		);
	} else if (field.type === 'table') {
		return (
			<TableInput field={field} rows={value as string[][]} invalid={invalid} onChange={onChange} />
		);
	} else {
		input = (
			<input
				{...common}
				type="text"
				value={text}
				onInput={(event) => onChange(event.currentTarget.value)}
			/>
		);
	}

	return (
		<div class="fb-field">
			<label for={id}>
				{field.label}
				{field.required && <span class="fbt__required"> (required)</span>}
				{field.type === 'list' && <span class="fb-hint"> (one per line)</span>}
			</label>
			{input}
			{field.help && (
				<p id={`${id}-help`} class="fb-hint">
					{field.help}
				</p>
			)}
			{invalid && (
				<p id={`${id}-error`} class="fb-error">
					Required: until it is filled in, the message shows {`[[${field.label}]]`}.
				</p>
			)}
		</div>
	);
}

/** Rows of cells: each row a labelled group, each cell labelled by its column. */
function TableInput({
	field,
	rows,
	invalid,
	onChange,
}: {
	field: TemplateFieldView;
	rows: string[][];
	invalid: boolean;
	onChange: (value: FieldValue) => void;
}) {
	const columns = field.columns ?? [field.label];
	const shown = rows.length ? rows : [columns.map(() => '')];
	const setCell = (row: number, column: number, text: string) =>
		onChange(
			shown.map((cells, r) =>
				r === row ? columns.map((_, c) => (c === column ? text : (cells[c] ?? ''))) : cells,
			),
		);
	return (
		<fieldset
			class="fb-field fbt__table"
			aria-describedby={field.help ? `fbt-${field.id}-help` : undefined}
		>
			<legend>
				{field.label}
				{field.required && <span class="fbt__required"> (required)</span>}
			</legend>
			{field.help && (
				<p id={`fbt-${field.id}-help`} class="fb-hint">
					{field.help}
				</p>
			)}
			{shown.map((cells, row) => (
				<div class="fbt__row" role="group" aria-label={`${field.label}, row ${row + 1}`} key={row}>
					{columns.map((column, c) => (
						<label key={column} class="fbt__cell">
							<span>{column}</span>
							<input
								type="text"
								value={cells[c] ?? ''}
								onInput={(event) => setCell(row, c, event.currentTarget.value)}
							/>
						</label>
					))}
					<button
						type="button"
						class="fb-button fb-button--small"
						onClick={() => onChange(shown.filter((_, r) => r !== row))}
					>
						Remove row {row + 1}
					</button>
				</div>
			))}
			<button
				type="button"
				class="fb-button"
				onClick={() => onChange([...shown, columns.map(() => '')])}
			>
				Add a row to {field.label}
			</button>
			{invalid && <p class="fb-error">Required: add at least one row.</p>}
		</fieldset>
	);
}

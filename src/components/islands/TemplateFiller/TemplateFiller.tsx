import { useRef, useState } from 'preact/hooks';
import { FORMAT_NAMES, FORMATS } from '../../../lib/templates/formats.ts';
import type { FillerData } from '../../../lib/views/filler-data.ts';
import { copyText, downloadText } from '../shared/download.ts';
import FieldInput from './FieldInput.tsx';
import { useTemplateFiller } from './useTemplateFiller.ts';
import '../shared/controls.css';
import './template-filler.css';

/**
 * A message template as a form: fill it (or open it from the incident clock), read the live
 * preview, and copy or download exactly what the preview shows. User text is only ever text.
 */
export default function TemplateFiller({ data }: { data: FillerData }) {
	const filler = useTemplateFiller(data);
	const { template } = data;
	const { message, draft } = filler;
	const [touched, setTouched] = useState<Set<string>>(new Set());
	const [status, setStatus] = useState('');
	const preview = useRef<HTMLPreElement>(null);

	/** Never rejects (copyText answers false for a refused clipboard), so a click can ignore it. */
	const copy = async (text: string, what: string) => {
		if (await copyText(text)) {
			filler.setCopy('copied');
			setStatus(
				`${what} copied${message.missing.length ? `; ${message.missing.length} required field${message.missing.length === 1 ? ' is' : 's are'} still blank` : ''}.`,
			);
			return;
		}
		// No clipboard: select the text so a keyboard shortcut or a long press copies it.
		filler.setCopy('failed');
		const selection = getSelection();
		if (preview.current && selection) {
			selection.selectAllChildren(preview.current);
		}
		setStatus(
			'Your browser did not allow copying: the message is selected, copy it with Ctrl+C (⌘C) or a long press.',
		);
	};

	return (
		<div class="fbt not-content">
			{filler.incident && (
				<p class="fb-banner">
					Filled from the incident “{filler.incident.title || 'untitled'}” in the incident clock.
					Anything you type replaces what it filled in.
				</p>
			)}
			{filler.incidentId && filler.incidentRead && !filler.incident && (
				<p class="fb-banner">
					The incident this link names is not in this browser’s incident clock, so nothing was
					filled in.
				</p>
			)}
			{filler.linked && (
				<div class="fb-banner" role="region" aria-label="Values from a link">
					<p>
						This link carries values for this template. Your draft is kept unless you choose to use
						them.
					</p>
					<button type="button" class="fb-button" onClick={filler.useLinked}>
						Use the link’s values
					</button>{' '}
					<button type="button" class="fb-button" onClick={filler.dismissLinked}>
						Keep my draft
					</button>
				</div>
			)}
			<form
				class="fbt__form"
				aria-label={`${template.title}: fields`}
				onSubmit={(event) => event.preventDefault()}
			>
				{template.fields.map((field) => (
					<FieldInput
						key={field.id}
						field={field}
						value={filler.values[field.id]!}
						levels={data.clock.levels}
						touched={touched.has(field.id)}
						onTouch={() => setTouched((seen) => new Set(seen).add(field.id))}
						onChange={(value) => filler.setValue(field.id, value)}
					/>
				))}
				<button type="button" class="fb-button" onClick={filler.reset}>
					Clear the form
				</button>
			</form>
			<section class="fbt__output" aria-labelledby="fbt-preview-title">
				<h2 id="fbt-preview-title">Message</h2>
				<fieldset class="fbt__formats">
					<legend>Format</legend>
					{FORMATS.map((format) => (
						<label key={format} class="fbt__choice">
							<input
								type="radio"
								name="fbt-format"
								value={format}
								checked={draft.format === format}
								onChange={() => filler.setFormat(format)}
							/>
							{FORMAT_NAMES[format]}
						</label>
					))}
				</fieldset>
				{draft.format === 'slack' && (
					<label class="fbt__choice">
						<input
							type="checkbox"
							checked={draft.allowMentions}
							onChange={(event) => filler.setAllowMentions(event.currentTarget.checked)}
						/>
						Let @here, @channel and @everyone notify people
					</label>
				)}
				{message.subject !== null && (
					<p class="fbt__subject">
						<strong>Subject:</strong> <span>{message.subject}</span>{' '}
						<button
							type="button"
							class="fb-button fb-button--small"
							onClick={() => void copy(message.subject!, 'Subject')}
						>
							Copy subject
						</button>
					</p>
				)}
				{/* Exactly what Copy puts on the clipboard, as text: nothing the user typed can become markup. */}
				<pre class="fbt__preview" ref={preview} tabIndex={0} aria-label="Message preview">
					{message.text}
				</pre>
				<div class="fb-buttons">
					<button
						type="button"
						class="fb-button fb-button--primary"
						onClick={() => void copy(message.text, 'Message')}
					>
						Copy
					</button>
					<button
						type="button"
						class="fb-button"
						onClick={() => downloadText(`${template.id}.md`, filler.markdown())}
					>
						Download .md
					</button>
					<button
						type="button"
						class="fb-button"
						onClick={() => void copy(filler.shareUrl(), 'Share link')}
					>
						Copy share link
					</button>
				</div>
				<p role="status" class="fbt__status">
					{status}
				</p>
				{!filler.saved && (
					<p class="fb-hint">
						This browser refused to keep the draft: copy or download the message before you leave.
					</p>
				)}
				{filler.warnings.length > 0 && (
					<section class="fbt__warnings" aria-labelledby="fbt-warnings-title">
						<h3 id="fbt-warnings-title">Before you send</h3>
						<ul>
							{filler.warnings.map((warning) => (
								<li key={warning.rule}>
									{warning.message}
									{warning.excerpt && (
										<>
											{' '}
											(“<span class="fbt__excerpt">{warning.excerpt}</span>”)
										</>
									)}
								</li>
							))}
						</ul>
					</section>
				)}
			</section>
		</div>
	);
}

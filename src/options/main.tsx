import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import '../shared/palette.css';
import './options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
